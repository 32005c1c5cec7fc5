/**
 * `style=${cssProps({ width: '60%' })}`: sets the properties through the CSSOM, always. Lit's styleMap
 * writes its first render as a `style="…"` attribute (for server rendering), which a host page's
 * `style-src` without 'unsafe-inline' blocks: every star rating showed five full stars there.
 */
import { noChange, Directive, PartType, directive, type AttributePart, type PartInfo } from './lit.ts';

class CssProps extends Directive {
  private set = new Set<string>();

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ATTRIBUTE || info.name !== 'style') throw new Error('cssProps() belongs in a style attribute');
  }

  render(_props: Readonly<Record<string, string | undefined>>): unknown {
    return noChange;
  }

  override update(part: AttributePart, [props]: [Readonly<Record<string, string | undefined>>]): unknown {
    const style = (part.element as HTMLElement).style;
    const next = new Set<string>();
    for (const [name, value] of Object.entries(props)) {
      if (value === undefined) continue;
      style.setProperty(name, value);
      next.add(name);
    }
    for (const name of this.set) if (!next.has(name)) style.removeProperty(name);
    this.set = next;
    return noChange;
  }
}

export const cssProps = directive(CssProps);
