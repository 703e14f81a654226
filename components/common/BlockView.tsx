// Renders the article's Block tree (utils/pipeline/types.ts) as Preact elements. Shared by the
// popup's reader preview and the in-page reader. Page text only ever becomes text nodes and
// vetted attribute values here: no markup is parsed, and links and images keep only schemes
// that cannot run code.

import { createContext, type ComponentChildren } from 'preact';
import { useContext } from 'preact/hooks';
import type { Block, ImageRef, Inline, TableCell } from '../../utils/pipeline/types';

export interface BlockViewOptions {
  /** Show figures; when false a figure keeps only its caption. */
  images: boolean;
  /** Added to body heading levels, so a body <h1> sits below the page's own title. */
  headingOffset: number;
  /** Renders a run of text; the vertical reader uses it to set short numbers upright. */
  renderText: (text: string) => ComponentChildren;
}

const DEFAULT_OPTIONS: BlockViewOptions = {
  images: true,
  headingOffset: 0,
  renderText: (text) => text,
};

const OptionsContext = createContext<BlockViewOptions>(DEFAULT_OPTIONS);

/** Schemes a reader may follow from a link; javascript:, data: and the rest render as plain text. */
const SAFE_LINK_SCHEMES = new Set(['http:', 'https:', 'mailto:']);
/** Schemes an <img> may load; data: is safe in an image (scripts in SVG images never run). */
const SAFE_IMAGE_SCHEMES = new Set(['http:', 'https:', 'data:']);

function safeUrl(href: string, schemes: Set<string>): string | null {
  try {
    const url = new URL(href);
    if (!schemes.has(url.protocol)) return null;
    if (url.protocol === 'data:' && !/^data:image\//i.test(href)) return null;
    return url.href;
  } catch {
    // Relative or malformed: the pipeline makes links absolute, so this is not a link to follow.
    return null;
  }
}

export function safeLinkHref(href: string): string | null {
  return safeUrl(href, SAFE_LINK_SCHEMES);
}

export function safeImageSrc(src: string): string | null {
  return safeUrl(src, SAFE_IMAGE_SCHEMES);
}

function InlineNode({ node }: { node: Inline }) {
  const options = useContext(OptionsContext);
  switch (node.type) {
    case 'text':
      return <>{options.renderText(node.text)}</>;
    case 'br':
      return <br />;
    case 'ruby':
      return (
        <ruby>
          {node.base}
          <rp>(</rp>
          <rt>{node.text}</rt>
          <rp>)</rp>
        </ruby>
      );
    case 'link': {
      const href = safeLinkHref(node.href);
      const children = <Inlines nodes={node.children} />;
      if (!href) return children;
      return (
        <a href={href} target="_blank" rel="noopener noreferrer">
          {children}
        </a>
      );
    }
    case 'em':
      return <em><Inlines nodes={node.children} /></em>;
    case 'strong':
      return <strong><Inlines nodes={node.children} /></strong>;
    case 'code':
      return <code><Inlines nodes={node.children} /></code>;
    case 'sub':
      return <sub><Inlines nodes={node.children} /></sub>;
    case 'sup':
      return <sup><Inlines nodes={node.children} /></sup>;
    case 'mark':
      return <mark><Inlines nodes={node.children} /></mark>;
    case 'del':
      return <del><Inlines nodes={node.children} /></del>;
  }
}

export function Inlines({ nodes }: { nodes: Inline[] }) {
  return (
    <>
      {nodes.map((node, i) => (
        <InlineNode key={i} node={node} />
      ))}
    </>
  );
}

function Image({ image }: { image: ImageRef }) {
  const src = safeImageSrc(image.src);
  if (!src) return null;
  return (
    <img
      src={src}
      alt={image.alt}
      width={image.width}
      height={image.height}
      loading="lazy"
      decoding="async"
      referrerpolicy="no-referrer-when-downgrade"
    />
  );
}

function Cell({ cell }: { cell: TableCell }) {
  const Tag = cell.header ? 'th' : 'td';
  return (
    <Tag colSpan={cell.colspan} rowSpan={cell.rowspan}>
      <Inlines nodes={cell.children} />
    </Tag>
  );
}

/** A list item holding one paragraph renders its text directly, without a <p> gap inside <li>. */
function ListItem({ blocks }: { blocks: Block[] }) {
  const only = blocks.length === 1 ? blocks[0] : undefined;
  if (only?.type === 'paragraph') return <li><Inlines nodes={only.children} /></li>;
  return <li><Blocks blocks={blocks} /></li>;
}

function BlockNode({ block }: { block: Block }) {
  const options = useContext(OptionsContext);
  switch (block.type) {
    case 'heading': {
      const level = Math.min(6, block.level + options.headingOffset) as 1 | 2 | 3 | 4 | 5 | 6;
      const Tag = `h${level}` as const;
      return <Tag><Inlines nodes={block.children} /></Tag>;
    }
    case 'paragraph':
      return <p><Inlines nodes={block.children} /></p>;
    case 'list': {
      const items = block.items.map((item, i) => <ListItem key={i} blocks={item} />);
      return block.ordered ? <ol>{items}</ol> : <ul>{items}</ul>;
    }
    case 'blockquote':
      return <blockquote><Blocks blocks={block.children} /></blockquote>;
    case 'figure': {
      const hasCaption = block.caption.length > 0;
      if (!options.images && !hasCaption) return null;
      return (
        <figure class={options.images ? undefined : 'kb-figure-hidden'}>
          {options.images && block.images.map((image, i) => <Image key={i} image={image} />)}
          {hasCaption && <figcaption><Inlines nodes={block.caption} /></figcaption>}
        </figure>
      );
    }
    case 'table':
      return (
        // Wide tables scroll inside their own box instead of widening the page.
        <div class="kb-table" role="region" aria-label={captionText(block.caption)} tabIndex={0}>
          <table>
            {block.caption.length > 0 && <caption><Inlines nodes={block.caption} /></caption>}
            <tbody>
              {block.rows.map((row, r) => (
                <tr key={r}>
                  {row.map((cell, c) => <Cell key={c} cell={cell} />)}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      );
    case 'pre':
      return <pre tabIndex={0}><code>{block.text}</code></pre>;
    case 'hr':
      return <hr />;
  }
}

function inlineText(nodes: Inline[]): string {
  return nodes
    .map((node) => {
      if (node.type === 'text') return node.text;
      if (node.type === 'ruby') return node.base;
      if (node.type === 'br') return ' ';
      return inlineText(node.children);
    })
    .join('');
}

function captionText(caption: Inline[]): string | undefined {
  return inlineText(caption).trim() || undefined;
}

export function Blocks({ blocks }: { blocks: Block[] }) {
  return (
    <>
      {blocks.map((block, i) => (
        <BlockNode key={i} block={block} />
      ))}
    </>
  );
}

/** The article body. Options default to the plain rendering the popup preview uses. */
export function BlockView({ blocks, options }: { blocks: Block[]; options?: Partial<BlockViewOptions> }) {
  return (
    <OptionsContext.Provider value={{ ...DEFAULT_OPTIONS, ...options }}>
      <Blocks blocks={blocks} />
    </OptionsContext.Provider>
  );
}
