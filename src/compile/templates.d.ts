/**
 * The templates in templates/, checked and precompiled at build time (scripts/templates.mjs): the
 * bundle, the tests and run-ts.mjs resolve this module to them.
 */
declare module "podnet:templates" {
  const specifications: Readonly<Record<string, TemplateSpecification>>;
  export default specifications;
}
