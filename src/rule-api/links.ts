// `<https://…>` autolinks and `[text](https://…)` links carry their URL inside.
const AUTOLINK = /^<([^<>\s]+)>$/;
const LINK = /^\[[^\]]*\]\(\s*<?([^()\s<>]+)>?(?:\s+"[^"]*")?\s*\)$/;

/** The URL a value holds: the text itself, or the target of an autolink or a link. */
export function linkTarget(text: string): string {
  return AUTOLINK.exec(text)?.[1] ?? LINK.exec(text)?.[1] ?? text;
}

/** Why `text` is not a usable link, or undefined when it is one. */
export function urlProblem(text: string): "invalid" | "host" | undefined {
  const inner = linkTarget(text);
  if (/\s/.test(inner) || !/^https?:\/\//i.test(inner)) return "invalid";
  let url: URL;
  try {
    url = new URL(inner);
  } catch {
    return "invalid";
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return "invalid";
  return url.hostname.includes(".") ? undefined : "host";
}
