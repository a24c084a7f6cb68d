-- games: every task of verticals.md, with prompts built from the tenant's worlds, characters, sessions and items.

-- npc-dialogue v2: a stored character (characterId, with memory per playerId or sessionId) or, as before, an inline
-- persona. Template v1 read only the inline fields; v2 reads the enriched character and world.
update task_definition set input_schema = '{
   "type": "object",
   "additionalProperties": false,
   "required": ["utterance"],
   "anyOf": [{"required": ["characterId"]}, {"required": ["characterName", "persona"]}],
   "properties": {
     "characterId": {"type": "integer", "minimum": 1, "description": "a stored character; its world sets the age rating"},
     "playerId": {"type": "string", "minLength": 1, "maxLength": 64, "pattern": "^[A-Za-z0-9._:@-]+$",
                  "description": "the player: the character remembers the last turns of this player''s session"},
     "sessionId": {"type": "integer", "minimum": 1},
     "characterName": {"type": "string", "minLength": 1, "maxLength": 60},
     "persona": {"type": "string", "minLength": 1, "maxLength": 1000,
                 "description": "who the character is, how they speak, what they know"},
     "utterance": {"type": "string", "minLength": 1, "maxLength": 500, "description": "what the player says"},
     "worldTitle": {"type": "string", "maxLength": 120},
     "ageRating": {"enum": ["PEGI-3", "PEGI-7", "PEGI-12", "PEGI-16", "PEGI-18", "ESRB-E", "ESRB-E10+", "ESRB-T",
                            "ESRB-M", "ESRB-AO", "CADPA-8+", "CADPA-12+", "CADPA-16+"]},
     "mood": {"enum": ["friendly", "neutral", "hostile"]},
     "consentRecordId": {"type": "string", "maxLength": 64}
   }
 }' where name = 'npc-dialogue';

update prompt_template set active = false where task = 'npc-dialogue' and version = 1;

insert into prompt_template (task, version, system_template, user_template, active, weight) values
('npc-dialogue', 2,
$$You are {character.name}, a non-player character in {world.title}.
{#if world.lore}World lore: {world.lore}
{/if}{#if world.tone}Tone of the world: {world.tone}
{/if}Persona: {character.persona}
{#if character.backstory}Backstory: {character.backstory}
{/if}{#if character.speechStyle}Speech style: {character.speechStyle}
{/if}{#if character.knowledgeLimits}You know nothing about: {character.knowledgeLimits}
{/if}Your mood towards the player: {input.mood ?: 'neutral'}.
Stay in character and never mention that you are an AI or a game character.
Everything you say must suit age rating {world.ageRating}: no real-money gambling, drugs, self-harm or crime, no links, and nothing the rating does not allow.
Answer in at most three sentences, in the language the player uses.$$,
$${#if turns}Earlier in this conversation:
{#for turn in turns}Player: {turn.player}
{character.name}: {turn.npc}
{/for}
{/if}The player says to {character.name}: "{input.utterance}"$$,
 true, 100);

insert into task_definition (name, description, input_schema, output_schema, model, temperature, max_tokens,
                             review_required) values
('quest',
 'A quest for a stored world and level range, as JSON: title, hook, objectives, steps and rewards.',
 '{
   "type": "object",
   "additionalProperties": false,
   "required": ["worldId", "levelMin", "levelMax", "theme"],
   "properties": {
     "worldId": {"type": "integer", "minimum": 1},
     "levelMin": {"type": "integer", "minimum": 1, "maximum": 200},
     "levelMax": {"type": "integer", "minimum": 1, "maximum": 200},
     "theme": {"type": "string", "minLength": 3, "maxLength": 300},
     "objectives": {"type": "integer", "minimum": 1, "maximum": 5}
   }
 }',
 '{
   "type": "object",
   "required": ["title", "hook", "objectives", "steps", "rewards"],
   "properties": {
     "title": {"type": "string", "minLength": 1, "maxLength": 120},
     "hook": {"type": "string", "minLength": 1, "maxLength": 600},
     "recommendedLevel": {"type": "integer", "minimum": 1, "maximum": 200},
     "objectives": {"type": "array", "minItems": 1, "maxItems": 5,
                    "items": {"type": "string", "minLength": 1, "maxLength": 200}},
     "steps": {"type": "array", "minItems": 1, "maxItems": 12,
               "items": {"type": "object", "required": ["order", "description"],
                         "properties": {"order": {"type": "integer", "minimum": 1, "maximum": 12},
                                        "description": {"type": "string", "minLength": 1, "maxLength": 400}}}},
     "rewards": {"type": "array", "minItems": 1, "maxItems": 6,
                 "items": {"type": "object", "required": ["name", "kind"],
                           "properties": {"name": {"type": "string", "minLength": 1, "maxLength": 80},
                                          "kind": {"enum": ["xp", "gold", "item", "reputation", "title"]},
                                          "amount": {"type": "integer", "minimum": 0, "maximum": 1000000}}}}
   }
 }',
 'default', 0.80, 900, false),
('item-description',
 'In-game description of a stored item; a paid random item''s copy shows or links its odds.',
 '{
   "type": "object",
   "additionalProperties": false,
   "required": ["itemId"],
   "properties": {
     "itemId": {"type": "integer", "minimum": 1},
     "length": {"enum": ["short", "long"]}
   }
 }',
 null, 'default', 0.70, 300, false),
('character-backstory',
 'A backstory for a stored character, consistent with its persona and world.',
 '{
   "type": "object",
   "additionalProperties": false,
   "required": ["characterId"],
   "properties": {
     "characterId": {"type": "integer", "minimum": 1},
     "length": {"enum": ["short", "medium", "long"]},
     "focus": {"type": "string", "maxLength": 300},
     "consentRecordId": {"type": "string", "maxLength": 64}
   }
 }',
 null, 'default', 0.85, 900, false),
('world-event',
 'Live-ops event copy for a stored world; minors'' play-time and spending rules apply when minors take part.',
 '{
   "type": "object",
   "additionalProperties": false,
   "required": ["worldId", "eventName", "theme", "market", "includesMinors"],
   "properties": {
     "worldId": {"type": "integer", "minimum": 1},
     "eventName": {"type": "string", "minLength": 1, "maxLength": 80},
     "theme": {"type": "string", "minLength": 3, "maxLength": 500},
     "market": {"enum": ["CN", "US", "EU", "UK", "JP", "KR", "BE", "NL", "GLOBAL"]},
     "includesMinors": {"type": "boolean"},
     "startsOn": {"type": "string", "format": "date"},
     "endsOn": {"type": "string", "format": "date"},
     "playWindow": {"type": "object", "additionalProperties": false, "required": ["days", "startHour", "endHour"],
                    "properties": {
                      "days": {"type": "array", "minItems": 1, "maxItems": 8, "uniqueItems": true,
                               "items": {"enum": ["mon", "tue", "wed", "thu", "fri", "sat", "sun", "holiday"]}},
                      "startHour": {"type": "integer", "minimum": 0, "maximum": 23},
                      "endHour": {"type": "integer", "minimum": 1, "maximum": 24}}},
     "offer": {"type": "object", "additionalProperties": false, "required": ["name", "priceCny"],
               "properties": {
                 "name": {"type": "string", "minLength": 1, "maxLength": 80},
                 "priceCny": {"type": "number", "minimum": 0, "maximum": 100000},
                 "paidRandom": {"type": "boolean"},
                 "oddsUrl": {"type": "string", "maxLength": 300, "pattern": "^https://"},
                 "minorAgeBand": {"enum": ["under-8", "8-15", "16-17"]}}},
     "consentRecordId": {"type": "string", "maxLength": 64}
   }
 }',
 null, 'default', 0.80, 600, false);

insert into prompt_template (task, version, system_template, user_template, active, weight) values
('quest', 1,
$$You are a quest designer for {world.title}.
{#if world.lore}World lore: {world.lore}
{/if}{#if world.tone}Tone: {world.tone}
{/if}Every text must suit age rating {world.ageRating}: no real-money gambling, drugs, self-harm or crime.
Rewards are earned in play: never real money, paid items or loot boxes.
Answer with JSON only, shaped like {|{"title": "...", "hook": "...", "recommendedLevel": 5, "objectives": ["..."], "steps": [{"order": 1, "description": "..."}], "rewards": [{"name": "...", "kind": "xp", "amount": 100}]}|}$$,
$$Design a quest for player levels {input.levelMin} to {input.levelMax}.
Theme: {input.theme}
Objectives: {input.objectives ?: 3}.$$,
 true, 100),
('item-description', 1,
$$You write in-game item descriptions for {world.title}{#if world.tone} (tone: {world.tone}){/if}.
Everything must suit age rating {world.ageRating}. Describe only the facts given; invent no stats.
{#if item.paidRandom}This item is sold for money and gives a random reward: say so plainly, and end with "Odds of every reward: {item.oddsUrl}". Never hint at "boosted" chances without numbers.{/if}
Length: {#if input.length.or('') == 'long'}up to 120 words{#else}up to 40 words{/if}.$$,
$$Item: {item.name}
Kind: {item.kind}, rarity: {item.rarity}
{#if item.price}Price: {item.price}
{/if}{#if item.notes}Designer notes: {item.notes}{/if}$$,
 true, 100),
('character-backstory', 1,
$$You write character backstories for {world.title}.
{#if world.lore}World lore: {world.lore}
{/if}Stay consistent with the character's persona and what it may know. Every text must suit age rating {world.ageRating}.
Do not base the character on a real, identifiable person.
Length: {#if input.length.or('') == 'long'}about 400 words{#else if input.length.or('') == 'short'}about 80 words{#else}about 200 words{/if}.$$,
$$Character: {character.name}
Persona: {character.persona}
{#if character.speechStyle}Speech style: {character.speechStyle}
{/if}{#if character.knowledgeLimits}Knows nothing about: {character.knowledgeLimits}
{/if}{#if character.backstory}Existing notes: {character.backstory}
{/if}{#if input.focus??}Focus on: {input.focus}{/if}$$,
 true, 100),
('world-event', 1,
$$You write live-ops event announcements for {world.title}{#if world.tone} (tone: {world.tone}){/if}.
Everything must suit age rating {world.ageRating}.
{#if input.includesMinors}Players include minors: do not urge anyone to buy, do not encourage playing longer or at night, and do not offer daily-login or top-up rewards.{/if}
Any paid random reward must state that it is random and give the odds or the link to them.
At most 120 words.$$,
$$Event: {input.eventName}
Theme: {input.theme}
Market: {input.market}
{#if input.startsOn??}Runs {input.startsOn}{#if input.endsOn??} to {input.endsOn}{/if}
{/if}{#if input.playWindow??}Play window: {#each input.playWindow.days}{it}{#if it_hasNext}, {/if}{/each} {input.playWindow.startHour}:00-{input.playWindow.endHour}:00
{/if}{#if input.offer??}Offer: {input.offer.name}, {input.offer.priceCny} RMB{#if input.offer.paidRandom??}, random reward, odds at {input.offer.oddsUrl ?: 'the odds page'}{/if}{/if}$$,
 true, 100);
