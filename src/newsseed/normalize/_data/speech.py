"""Words around reported speech in English news: our own lists.

Every word is lower case. A cue is the verb (or phrase) that reports speech
(``said``, ``told``, ``according to``); the quote finder looks for one next to
each quote and takes the speaker from beside it.
"""

from __future__ import annotations

from typing import Final

from newsseed.normalize._data import words

# Verbs that report speech, every form news writes them in.
CUE_VERBS: Final = words(
    "say says said saying tell tells told telling add adds added adding state states stated"
    " note notes noted noting conclude concludes concluded concluding continue continues"
    " continued continuing explain explains explained explaining ask asks asked asking"
    " reply replies replied replying respond responds responded responding write writes"
    " wrote writing tweet tweets tweeted tweeting post posts posted argue argues argued"
    " arguing insist insists insisted insisting warn warns warned warning declare declares"
    " declared declaring announce announces announced announcing acknowledge acknowledges"
    " acknowledged acknowledging admit admits admitted admitting recall recalls recalled"
    " recalling remark remarks remarked remarking observe observes observed observing"
    " emphasize emphasizes emphasized emphasizing emphasise emphasises emphasised"
    " emphasising stress stresses stressed stressing suggest suggests suggested suggesting"
    " claim claims claimed claiming quip quips quipped joke jokes joked caution cautions"
    " cautioned predict predicts predicted urge urges urged agree agrees agreed complain"
    " complains complained concede concedes conceded counter counters countered assert"
    " asserts asserted vow vows vowed promise promises promised pledge pledges pledged"
    " lament laments lamented boast boasts boasted shout shouts shouted muse muses mused"
    " report reports reported describe describes described describing call calls called"
    " calling reiterate reiterates reiterated underline underlines underlined underscore"
    " underscores underscored highlight highlights highlighted affirm affirms affirmed"
    " reaffirm reaffirms reaffirmed maintain maintains maintained contend contends contended"
    " point points pointed testify testifies testified confirm confirms confirmed deny"
    " denies denied whisper whispers whispered exclaim exclaims exclaimed scream screamed"
    " yell yelled sing sings sang chant chanted read reads recount recounts recounted"
    " mention mentions mentioned comment comments commented"
    " elaborate elaborates elaborated summarize summarized summarise summarised"
    " concur concurs concurred interject interjected demand demands demanded accuse"
    " accuses accused exhort exhorts exhorted retort retorts retorted scoff scoffed snap"
    " snapped plead pleads pleaded wonder wonders wondered scold scolded mock mocked"
    " blast blasted slam slammed decry decried tout touted brag bragged gush gushed"
    " interrupt interrupted question questioned grumble grumbles grumbled mutter mutters"
    " muttered murmur murmured sigh sighed cry cries cried growl growled bark barked laugh"
    " laughed chuckle chuckled gasp gasped groan groaned hiss hissed roar roared bellow"
    " bellowed stammer stammered sob sobbed"
    " implore implores implored imploring fume fumes fumed fuming remember remembers"
    " remembered remembering advise advises advised advising beg begs begged"
    " beam beams beamed boom booms boomed thunder thunders thundered marvel"
    " marvels marveled marvelled sneer sneered reflect reflects reflected opine opines"
    " opined reckon reckons reckoned"
)
# Cues of more than one word: the phrase and the word it starts with.
CUE_PHRASES: Final = (
    "according to",
    "went on",
    "goes on",
    "going on",
    "pointed out",
    "points out",
    "was quoted as saying",
    "is quoted as saying",
    "shot back",
    "fired back",
    "hit back",
    "wrote back",
)
# Verbs after which speech follows only with "as": "described them as '...'".
AS_VERBS: Final = words(
    "describe describes described describing call calls called calling label labels labelled"
    " labeled labelling labeling term terms termed terming characterize characterized"
    " characterise characterised dub dubs dubbed brand brands branded"
)
# Words between a speaker and the cue: "he also said", "Ana later told", "has said".
CUE_ADVERBS: Final = words(
    "also then later again further previously recently once publicly repeatedly reportedly"
    " simply quickly flatly bluntly angrily firmly has had have would will was is were"
    " had since earlier afterward afterwards finally still even quietly frankly openly"
    " separately privately candidly did does do not never just"
)
# Who speaks when no name does: pronouns, and what they may stand for.
PERSON_PRONOUNS: Final = words("he she")
GROUP_PRONOUNS: Final = words("they it")
# Speakers that are no one in particular: a quote they speak gets no name.
ANONYMOUS_HEADS: Final = words(
    "official officials source sources spokesman spokeswoman spokesperson aide aides"
    " person people analyst analysts expert experts observer observers resident residents"
    " witness witnesses someone one survey poll study critics supporters protesters voters"
    " insider insiders"
    " campaign team lawyer lawyers attorney attorneys friend friends colleague colleagues"
    " adviser advisers advisor advisors member members representative representatives"
    " diplomat diplomats executive executives worker workers employee employees staffer"
    " staffers participant participants organizer organizers organiser organisers"
)
# Capitalised words that open speech with no marks after "said,": "said, We believe".
SPEECH_OPENERS: Final = words(
    "we i it this that there our my the in if what you they these those let as not no yes"
    " and but so today now when all every one"
)
# Cues in their bare form that are nouns as often: "a Trump tweet", "a police report".
NOUN_LIKE_CUES: Final = words(
    "tweet post report call claim note comment remark warning reply response answer"
    " promise pledge vow boast joke quip counter point read statement tweets posts"
    " reports calls claims notes comments remarks warnings replies answers promises"
    " pledges vows"
)
# What carries words but does not speak them: "issued a statement saying" is the
# issuer's speech.
DOCUMENTS: Final = words(
    "statement statements report reports letter letters post posts tweet tweets document"
    " documents memo memos release releases filing filings ruling remarks comments"
    " speech interview editorial column op-ed transcript message email e-mail"
)
# Words of the speaker's own person: after "said that" they mark speech left unconverted
# ("said that our partnership, I think, ..."), which is quoted speech without marks.
FIRST_PERSON: Final = words("i i'm i've i'll i'd me my mine we we're we've we'll we'd us our ours")
