import type { z } from "zod";

/**
 * One option of a rule, declared once: its default, what it means, and what a
 * config may set. The defaults a run without options uses (`optionDefaults`)
 * and the zod schema a config is checked with (`optionsSchema`) are both
 * derived from these declarations, so the two cannot disagree.
 */
export interface OptionDeclaration<Value> {
  /** What `check` gets when a config does not set the option. */
  default: Value;
  /** What the option means: the docs' options table and editors' completion show it. */
  description: string;
  /**
   * The values a config may set, built with the `zod` handed in (no default:
   * `default` above is the only one). A function, so that loading a rule builds
   * no schema: only a config that sets options, and the docs, need one, and a
   * run without them never loads zod (see zodStandIn in scripts/build.mjs).
   */
  schema: (zod: typeof z) => z.ZodType<Value>;
}

/** A rule's options, by name. */
export type OptionDeclarations<Options> = { readonly [Name in keyof Options]: OptionDeclaration<Options[Name]> };

/** The options each declaration's `default` makes: plain data, no zod. */
export function optionDefaults<Options>(declarations: OptionDeclarations<Options>): Options {
  const defaults: Record<string, unknown> = {};
  for (const [name, declared] of Object.entries<OptionDeclaration<unknown>>(declarations)) {
    defaults[name] = declared.default;
  }
  return defaults as Options;
}

/**
 * The zod schema of a rule's options: an object of exactly the declared
 * names, each defaulting to its `default`, the whole defaulting to `defaults`
 * (so parsing `undefined` gives `defaults`, which a test checks for every rule).
 */
export function optionsSchema<Options>(
  declarations: OptionDeclarations<Options>,
  defaults: Options,
  zod: typeof z,
): z.ZodType<Options> {
  const shape: Record<string, z.ZodType> = {};
  for (const [name, declared] of Object.entries<OptionDeclaration<unknown>>(declarations)) {
    shape[name] = (declared.schema(zod) as z.ZodType<unknown>)
      .default(declared.default)
      .meta({ description: declared.description });
  }
  return zod
    .object(shape)
    .strict()
    .default(defaults as Record<string, unknown>) as unknown as z.ZodType<Options>;
}
