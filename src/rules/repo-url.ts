import { checkedValues } from "../model/fields.js";
import { defineRule } from "../rule-api/define-rule.js";
import { linkTarget, urlProblem } from "../rule-api/links.js";
import { derivedFrom } from "../util/derived.js";
import { plain, quote, quoteList } from "../util/text.js";

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

export default defineRule({
  id: "repo-url",
  description: "The Repo field should link to a source-code host (GitHub, GitLab, Hugging Face…), not a product site",
  category: "values",
  defaultSeverity: "error",
  fixable: false,
  options: {
    hosts: {
      default: [...SOURCE_HOSTS],
      description: "Host names of source-code hosts; their subdomains count too",
      schema: (z) => z.array(z.string().min(1)),
    },
  },
  messages: {
    host: "Unexpected host `{{host}}` in {{value}} for `{{field}}`, expected a source-code host such as {{hosts}} (or `-` if there is no public repository)",
  },
  check({ fieldMatches, options, report }) {
    const { hosts, trie } = hostIndex(options.hosts);
    for (const match of fieldMatches()) {
      const { section, spec } = match;
      if (spec.kind !== "url" || !/^(?:repo|repository)$/i.test(section.name)) continue;
      for (const value of checkedValues(match)) {
        // Text that is not a URL at all is the `url` rule's finding.
        if (value.kind === "block" || urlProblem(value.text)) continue;
        const inner = linkTarget(value.text);
        const host = normalizeHost(new URL(inner).hostname);
        if (isSourceHost(host, trie)) continue;
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

/** A host name's labels from the last one: `docs.github.com` → `com`, `github`, `docs`. */
interface LabelNode {
  next: Map<string, LabelNode>;
  /** A host of the list ends here. */
  host: boolean;
}

/**
 * The option's hosts, normalised, and a trie of their labels from the last one, built once
 * per list: a host then matches in one walk over its labels, not one comparison per host of
 * the list (a pull request's config and its entry's Repo fields, hosts × fields).
 */
const hostIndex = derivedFrom((list: readonly string[]): { hosts: string[]; trie: LabelNode } => {
  const hosts = list.map(normalizeHost);
  const trie: LabelNode = { next: new Map(), host: false };
  for (const host of hosts) {
    let node = trie;
    for (const label of host.split(".").reverse()) {
      let next = node.next.get(label);
      if (!next) {
        next = { next: new Map(), host: false };
        node.next.set(label, next);
      }
      node = next;
    }
    node.host = true;
  }
  return { hosts, trie };
});

/** Whether `host` is one of the trie's hosts or a subdomain of one (`host === h || host.endsWith(`.${h}`)`). */
function isSourceHost(host: string, trie: LabelNode): boolean {
  let node: LabelNode | undefined = trie;
  const labels = host.split(".");
  for (let i = labels.length - 1; i >= 0 && node; i--) {
    node = node.next.get(labels[i] as string);
    if (node?.host) return true;
  }
  return false;
}
