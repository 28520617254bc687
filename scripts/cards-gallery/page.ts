// The page a card is rendered on: a Teams-like chat canvas (light or dark) with one bot message, styled
// after Teams' Fluent look. The adaptivecards SDK does the card itself, with the theme's host config.

export type Theme = 'light' | 'dark';

interface Palette {
  canvas: string;
  card: string;
  cardBorder: string;
  text: string;
  subtle: string;
  accent: string;
  buttonBg: string;
  buttonBorder: string;
  buttonText: string;
  inputBg: string;
  inputBorder: string;
  inputUnderline: string;
  menuBg: string;
}

const PALETTE: Record<Theme, Palette> = {
  light: {
    canvas: '#f5f5f5',
    card: '#ffffff',
    cardBorder: '#e0e0e0',
    text: '#242424',
    subtle: '#616161',
    accent: '#5b5fc7',
    buttonBg: '#ffffff',
    buttonBorder: '#d1d1d1',
    buttonText: '#242424',
    inputBg: '#ffffff',
    inputBorder: '#d1d1d1',
    inputUnderline: '#616161',
    menuBg: '#ffffff',
  },
  dark: {
    canvas: '#1f1f1f',
    card: '#292929',
    cardBorder: '#3d3d3d',
    text: '#ffffff',
    subtle: '#adadad',
    accent: '#7f85f5',
    buttonBg: '#292929',
    buttonBorder: '#666666',
    buttonText: '#ffffff',
    inputBg: '#1f1f1f',
    inputBorder: '#666666',
    inputUnderline: '#adadad',
    menuBg: '#292929',
  },
};

export const FONT_STACK =
  "'Segoe UI', 'Segoe UI Web (West European)', -apple-system, BlinkMacSystemFont, Roboto, 'Helvetica Neue', 'Liberation Sans', Arial, 'Noto Color Emoji', sans-serif";

/** Space around the card on the chat canvas: desktop, and mobile (where Teams shows cards nearly edge to edge). */
export const CANVAS_PADDING = { desktop: 16, mobile: 8 } as const;

export function pageHtml(theme: Theme): string {
  const p = PALETTE[theme];
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Fine-Tune Scout card</title>
<style>
  html, body { margin: 0; padding: 0; background: ${p.canvas}; }
  body { font-family: ${FONT_STACK}; -webkit-font-smoothing: antialiased; }
  #frame { background: ${p.canvas}; padding: var(--canvas-padding); display: inline-block; box-sizing: border-box; }
  .bot-line { font-size: 12px; color: ${p.subtle}; margin: 0 0 6px 2px; }
  .bot-line b { color: ${p.text}; font-weight: 600; margin-right: 8px; }
  #host { width: var(--card-width); background: ${p.card}; border: 1px solid ${p.cardBorder}; border-radius: 8px; overflow: hidden;
          box-shadow: 0 1px 2px rgba(0,0,0,${theme === 'light' ? '0.08' : '0.4'}); }
  #host .ac-adaptiveCard { border-radius: 8px; }
  #host .ac-adaptiveCard:focus { outline: none; }
  .ac-pushButton { font-family: ${FONT_STACK}; font-size: 14px; font-weight: 600; min-height: 32px; min-width: 64px; padding: 5px 12px;
                   background: ${p.buttonBg}; color: ${p.buttonText}; border: 1px solid ${p.buttonBorder}; border-radius: 4px;
                   cursor: pointer; text-align: center; overflow: hidden; text-overflow: ellipsis; }
  .ac-pushButton.style-positive { background: ${p.accent}; color: #ffffff; border-color: ${p.accent}; }
  .ac-pushButton.expanded { background: ${p.accent}; color: #ffffff; border-color: ${p.accent}; }
  .ac-input { font-family: ${FONT_STACK}; font-size: 14px; color: ${p.text}; }
  .ac-input.ac-textInput, .ac-input.ac-multichoiceInput, .ac-input.ac-choiceSetInput-filtered-textbox {
    background: ${p.inputBg}; color: ${p.text}; border: 1px solid ${p.inputBorder}; border-bottom-color: ${p.inputUnderline};
    border-radius: 4px; padding: 5px 10px; min-height: 32px; box-sizing: border-box; width: 100%; }
  .ac-input.ac-choiceSetInput-filtered-container { display: flex; position: relative; width: 100%; }
  .ac-input.ac-choiceSetInput-filtered-dropdown { display: none; position: absolute; top: 100%; width: 100%; z-index: 1;
    background: ${p.menuBg}; border: 1px solid ${p.inputBorder}; max-height: 200px; overflow-y: auto; }
  .ac-input.ac-choiceSetInput-filtered-dropdown.ac-choiceSetInput-filtered-dropdown-open { display: flex; flex-direction: column; }
  .ac-input.ac-choiceSetInput-choice { padding: 4px 8px; }
  a.ac-anchor, a.ac-anchor:link, a.ac-anchor:visited { color: ${p.accent}; text-decoration: none; }
  .ac-ctrl-popup-container { background: ${p.menuBg}; border: 1px solid ${p.inputBorder}; position: absolute; }
</style></head>
<body><div id="frame"><div class="bot-line"><b>Fine-Tune Scout</b>10:24</div><div id="host"></div></div></body></html>`;
}
