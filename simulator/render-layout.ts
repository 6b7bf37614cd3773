import type { GenerationRequest } from "./task-record";

export const fontFile = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";

/** 720P for std and 1080P for pro, as the model page defines the modes. */
export function outputSize(
  mode: GenerationRequest["mode"],
  aspect: GenerationRequest["aspect_ratio"],
): { width: number; height: number } {
  const short = mode === "pro" ? 1080 : 720;
  const long = mode === "pro" ? 1920 : 1280;
  if (aspect === "16:9") return { width: long, height: short };
  if (aspect === "9:16") return { width: short, height: long };
  return { width: short, height: short };
}

/** Greedy word wrap that also breaks over-long words; extra lines are cut with an ellipsis. */
export function wrapText(text: string, maxChars: number, maxLines: number): string {
  const lines: string[] = [];
  for (const paragraph of text.replace(/\r\n?/g, "\n").split("\n")) {
    let line = "";
    for (const word of paragraph.split(/[ \t]+/).filter((w) => w !== "")) {
      let rest = [...word];
      while (rest.length > maxChars) {
        if (line !== "") lines.push(line);
        lines.push(rest.slice(0, maxChars).join(""));
        line = "";
        rest = rest.slice(maxChars);
      }
      const piece = rest.join("");
      if (line === "") line = piece;
      else if ([...line].length + 1 + rest.length <= maxChars) line = `${line} ${piece}`;
      else {
        lines.push(line);
        line = piece;
      }
    }
    lines.push(line);
  }
  if (lines.length <= maxLines) return lines.join("\n");
  const kept = lines.slice(0, Math.max(1, maxLines));
  const last = kept.length - 1;
  kept[last] = `${[...(kept[last] ?? "")].slice(0, Math.max(0, maxChars - 1)).join("")}…`;
  return kept.join("\n");
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Picks the column count that gives the largest square-ish cells for `count` images. */
export function gridCells(count: number, area: Box, gap: number): Box[] {
  if (count === 0) return [];
  let best = { cols: 1, rows: count, size: 0 };
  for (let cols = 1; cols <= count; cols++) {
    const rows = Math.ceil(count / cols);
    const size = Math.min((area.width - gap * (cols - 1)) / cols, (area.height - gap * (rows - 1)) / rows);
    if (size > best.size) best = { cols, rows, size };
  }
  // Caps keep cells near the shape of typical photos instead of long thin strips.
  const fitW = Math.floor((area.width - gap * (best.cols - 1)) / best.cols);
  const fitH = Math.floor((area.height - gap * (best.rows - 1)) / best.rows);
  const cellW = Math.min(fitW, Math.round(fitH * 1.78));
  const cellH = Math.min(fitH, Math.round(fitW * 1.25));
  return Array.from({ length: count }, (_, i) => ({
    x: area.x + (i % best.cols) * (cellW + gap),
    y: area.y + Math.floor(i / best.cols) * (cellH + gap),
    width: cellW,
    height: cellH,
  }));
}

export interface FrameLayout {
  margin: number;
  header: string;
  headerSize: number;
  promptSize: number;
  promptY: number;
  lineSpacing: number;
  maxPromptLines: number;
  maxPromptChars: number;
  barY: number;
  barSize: number;
  timerY: number;
  cells: Box[];
}

/** DejaVu Sans averages a little under 0.6 em per character. */
function charsPerLine(width: number, fontSize: number): number {
  return Math.max(8, Math.floor(width / (fontSize * 0.6)));
}

export function frameLayout(width: number, height: number, imageCount: number, header: string): FrameLayout {
  const short = Math.min(width, height);
  const margin = Math.round(short * 0.04);
  const headerSize = Math.round(short * 0.028);
  const headerText = wrapText(header, charsPerLine(width - 2 * margin, headerSize), 3);
  const promptSize = Math.round(short * 0.042);
  const lineSpacing = Math.round(promptSize * 0.3);
  const barSize = Math.round(short * 0.06);
  const barY = height - margin - barSize;
  const top = margin + Math.round(headerSize * (1.3 * headerText.split("\n").length + 0.7));
  const cells = gridCells(
    imageCount,
    { x: margin, y: top, width: width - 2 * margin, height: Math.round(height * 0.5) },
    margin / 2,
  );
  const imagesBottom = Math.max(top, ...cells.map((cell) => cell.y + cell.height));
  const promptY = imageCount > 0 ? imagesBottom + margin : top;
  const timerY = barY - Math.round(headerSize * 1.8);
  return {
    margin,
    header: headerText,
    headerSize,
    promptSize,
    promptY,
    lineSpacing,
    maxPromptLines: Math.max(1, Math.floor((timerY - margin / 2 - promptY) / (promptSize + lineSpacing))),
    maxPromptChars: charsPerLine(width - 2 * margin, promptSize),
    barY,
    barSize,
    timerY,
    cells,
  };
}
