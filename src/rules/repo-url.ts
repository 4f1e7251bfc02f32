import { defineRule } from "./define-rule.js";
import { checkedValues, fieldMatches } from "./fields.js";
import { plain, quote, quoteList } from "./text.js";
import { linkTarget, urlProblem } from "./url.js";

export const SOURCE_HOSTS: readonly string[] = [
  "github.com",
  "gitlab.com",
  "bitbucket.org",
  "codeberg.org",
  "huggingface.co",
  "sourceforge.net",
  "gitee.com",
  "git.sr.ht",
  "sr.ht",
];

/** What `check` gets when a config sets no options (the schema below documents each). */
const defaults = { hosts: [...SOURCE_HOSTS] };

export default defineRule({
  id: "repo-url",
  description: "The Repo field should link to a source-code host (GitHub, GitLab, Hugging Face…), not a product site",
  category: "values",
  defaultSeverity: "error",
  fixable: false,
  defaults,
  options: (z) =>
    z
      .object({
        hosts: z
          .array(z.string().min(1))
          .default(defaults.hosts)
          .meta({ description: "Host names of source-code hosts; their subdomains count too" }),
      })
      .strict()
      .default(defaults),
  messages: {
    host: "Unexpected host `{{host}}` in {{value}} for `{{field}}`, expected a source-code host such as {{hosts}} (or `-` if there is no public repository)",
  },
  check({ entry, schema, options, report }) {
    const hosts = options.hosts.map(normalizeHost);
    for (const match of fieldMatches(entry, schema)) {
      const { section, spec } = match;
      if (spec.kind !== "url" || !/^(?:repo|repository)$/i.test(section.name)) continue;
      for (const value of checkedValues(match)) {
        // Text that is not a URL at all is the `url` rule's finding.
        if (value.kind === "block" || urlProblem(value.text)) continue;
        const inner = linkTarget(value.text);
        const host = normalizeHost(new URL(inner).hostname);
        if (hosts.some((h) => host === h || host.endsWith(`.${h}`))) continue;
        report({
          messageId: "host",
          data: { host: plain(host), value: quote(value.text), field: plain(section.name), hosts: quoteList(hosts) },
          range: value.range,
        });
      }
    }
  },
});

/** `GitHub.com.` and `github.com` are the same host. */
function normalizeHost(host: string): string {
  return host.trim().toLowerCase().replace(/\.$/, "");
}
