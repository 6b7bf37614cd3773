/**
 * Results are fetched only from the configured upstream. APIMart serves results from a sibling host
 * (api.apimart.ai → upload.apimart.ai), so a host is allowed when it is the API host itself or shares its
 * parent domain. IP-literal hosts (the local simulator) must match exactly.
 */
export function isAllowedMediaUrl(candidate: string, apiBaseUrl: string): boolean {
  let url: URL;
  let api: URL;
  try {
    url = new URL(candidate);
    api = new URL(apiBaseUrl);
  } catch {
    return false;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return false;
  if (url.hostname === api.hostname) return true;
  if (isIpLiteral(api.hostname) || isIpLiteral(url.hostname)) return false;
  const parent = api.hostname.split(".").slice(-2).join(".");
  return parent.includes(".") && url.hostname.endsWith(`.${parent}`);
}

function isIpLiteral(host: string): boolean {
  return /^\d{1,3}(\.\d{1,3}){3}$/.test(host) || host.startsWith("[") || host.includes(":");
}
