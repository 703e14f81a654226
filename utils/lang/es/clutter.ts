import type { ClutterCues } from '../clutter-cues';

// Spanish: El País/Clarín-style teaser labels.
export const clutter: ClutterCues = {
  code: 'es',
  // Related-link boxes, "more/latest/most read" rails, prev/next links.
  related: ['lee también', 'lea también', 'te puede interesar', 'noticias relacionadas', 'artículos relacionados', 'más leídas', 'lo más leído', 'últimas noticias', 'también te puede interesar'],
  // Ad-slot labels.
  ads: ['publicidad', 'patrocinado', 'anuncio'],
  // Share bars, tag lists, comments, newsletter and cookie prompts.
  prompts: ['compartir', 'comparte', 'etiquetas', 'temas', 'comentarios', 'boletín', 'suscríbete', 'artículo anterior', 'artículo siguiente'],
  // Headings of publisher key-point lists.
  keyPoints: ['claves', 'puntos clave', 'en resumen', 'lo más importante'],
};
