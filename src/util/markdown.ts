// Markdown written for GitHub (the Action's job summary and comments, `--format markdown`).

/**
 * Text from entries (values quoted in messages, file names) is untrusted: it
 * must render as text, never as HTML, a link, an image, an @-mention or an
 * issue reference (which would also notify, or add a cross-reference to, that
 * issue). Markdown syntax becomes character references; where GitHub could
 * still link the decoded text (`@user`, `#123`, `GH-123`, `www.x`,
 * `https://x`, a commit SHA), a zero-width space goes in between. A SHA is
 * linked from 7 hex digits on, so every run of 7 or more gets one each 6.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/#(?=\d)/g, "#\u200b")
    .replace(/\b(GH)-(?=\d)/gi, "$1-\u200b")
    .replace(/(?<![0-9a-z])[0-9a-f]{7,}(?![0-9a-z])/gi, (run) => run.replace(/[0-9a-f]{6}(?=.)/gi, "$&\u200b"))
    .replace(/\b(www)\./gi, "$1\u200b.")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/[\\`*_{}[\]()#+!|~]/g, (c) => `&#${c.charCodeAt(0)};`)
    .replace(/@/g, "@\u200b")
    .replace(/:\/\//g, ":\u200b&#47;&#47;")
    .replace(/\r?\n|\r/g, " ");
}
