/** Fills `{name}` placeholders from `vars`; an unknown one stays visible, so a missing value shows. */
export function fillTemplate(text: string, vars: Record<string, string | number> = {}): string {
  return text.replace(/\{(\w+)\}/g, (match, name: string) => (name in vars ? String(vars[name]) : match));
}
