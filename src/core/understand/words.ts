// Ordinary English and domain words: never part of a misspelt model or region name, so the fuzzy
// fallback never starts from or runs across them ("in", "can", "global", "standard", "model").
// Words that are parts of names ("west", "east", "central", "north", "us", "mini", "new") are deliberately absent.

const STOPWORDS = `a an the and or but if then so of in on at to for from by with without into onto about as
is are was were be been being am do does did done doing can could would should will shall may might must
have has had having i im me my mine we our ours you your yours it its itself they them their theirs this that
these those there here what whats which who whom whose where when why how all any some each every no not
yes only also too very just than more most less least other another same such both either neither nor
please pls thanks thank thx hi hello hey hiya howdy yo ok okay cool great want wanted need needs like
know tell show give get got let lets use using used see try help say said go going s t d ll ve re m
now still yet ever already again else instead maybe perhaps really actually currently today`;

const DOMAIN = `fine tune tunes tuned tuning finetune finetunes finetuned finetuning train trains trained training
model models llm llms region regions location locations datacenter datacenters place places area areas
country countries support supports supported supporting available availability possible allowed allow
enable enabled job jobs tier tiers global globally globalstandard standard regional regionally developer
developers dev developertier data zone zones datazone residency resident vision image images imagery visual
multimodal picture pictures photo photos preview previews beta limit limits token tokens context length
max maximum min minimum input output request requests compare compared comparing comparison versus vs
difference differences differ between better check list azure openai aoai foundry microsoft ai price prices
pricing cost costs quota quotas deploy deployment deployments version versions ver latest newest oldest
anywhere everywhere somewhere world worldwide info information details detail about which option options
run running start create method methods answer question questions thing things work works`;

const BREAK_WORDS: ReadonlySet<string> = new Set(`${STOPWORDS} ${DOMAIN}`.split(/\s+/).filter((w) => w.length > 0));

export function isBreakWord(t: string): boolean {
  return BREAK_WORDS.has(t);
}
