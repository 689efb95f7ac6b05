/**
 * The server's QR code as markup for a dedicated container, or null when it is not what
 * our server makes (a lone SVG image): never anything that could run or load.
 */
export function safeQrSvg(svg: string | null | undefined): string | null {
  const markup = svg?.trim() ?? "";
  if (!markup.startsWith("<svg") || !markup.endsWith("</svg>")) return null;
  if (/<script|<foreignObject|<iframe|<image|\son[a-z]+\s*=|javascript:|href\s*=/i.test(markup)) return null;
  return markup;
}
