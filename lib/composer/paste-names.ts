/** Clipboard images are all called "image.png"; a distinct name keeps "image 2: …" labels telling them apart. */
export function namePasted(file: File, index: number, now = new Date()): File {
  if (file.name !== "" && !/^image\.(png|jpe?g|gif|webp)$/i.test(file.name)) return file;
  const extension = file.type.split("/")[1]?.replace("jpeg", "jpg") ?? "png";
  const stamp = now.toTimeString().slice(0, 8).replaceAll(":", "");
  return new File([file], `pasted-${stamp}${index > 0 ? `-${index + 1}` : ""}.${extension}`, { type: file.type });
}
