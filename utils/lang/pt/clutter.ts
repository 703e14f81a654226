import type { ClutterCues } from '../clutter-cues';

// Portuguese: Folha/Público-style teaser labels.
export const clutter: ClutterCues = {
  code: 'pt',
  // Related-link boxes, "more/latest/most read" rails, prev/next links.
  related: ['leia também', 'leia mais', 'veja também', 'notícias relacionadas', 'mais lidas', 'últimas notícias', 'você também pode gostar'],
  // Ad-slot labels.
  ads: ['publicidade', 'patrocinado', 'anúncio'],
  // Share bars, tag lists, comments, newsletter and cookie prompts.
  prompts: ['compartilhe', 'compartilhar', 'partilhar', 'tags', 'tópicos', 'comentários', 'newsletter', 'artigo anterior', 'próximo artigo'],
  // Headings of publisher key-point lists.
  keyPoints: ['resumo', 'pontos-chave', 'em resumo'],
};
