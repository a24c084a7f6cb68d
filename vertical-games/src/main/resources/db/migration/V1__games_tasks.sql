-- games: tasks, prompt templates and rules of the games vertical.

insert into task_definition (name, description, input_schema, output_schema, model, temperature, max_tokens,
                             review_required) values
('npc-dialogue',
 'An in-character reply of a non-player character to a player''s utterance, within the world''s age rating.',
 '{
   "type": "object",
   "additionalProperties": false,
   "required": ["characterName", "persona", "utterance"],
   "properties": {
     "characterName": {"type": "string", "minLength": 1, "maxLength": 60},
     "persona": {"type": "string", "minLength": 1, "maxLength": 1000,
                 "description": "who the character is, how they speak, what they know"},
     "utterance": {"type": "string", "minLength": 1, "maxLength": 500, "description": "what the player says"},
     "worldTitle": {"type": "string", "maxLength": 120},
     "ageRating": {"enum": ["PEGI-3", "PEGI-7", "PEGI-12", "PEGI-16", "PEGI-18"]},
     "mood": {"enum": ["friendly", "neutral", "hostile"]}
   }
 }',
 null, 'default', 0.80, 300, false);

insert into prompt_template (task, version, system_template, user_template, active, weight) values
('npc-dialogue', 1,
$$You are {input.characterName}, a non-player character in {input.worldTitle ?: 'a fantasy role-playing game'}.
Persona: {input.persona}
Your mood towards the player: {input.mood ?: 'neutral'}.
Stay in character and never mention that you are an AI or a game character.
Everything you say must suit age rating {input.ageRating ?: 'PEGI-12'}: no real-money gambling, drugs, self-harm or crime, and no links.
Answer in at most three sentences, in the language the player uses.$$,
$$The player says to {input.characterName}: "{input.utterance}"$$,
 true, 100);

insert into compliance_rule (id, stage, kind, terms, action, message, source) values
('GM-06', 'OUTPUT', 'TERMS',
 '["real-money gambling", "real money gambling", "online casino", "bet real money", "gambling site",
   "buy drugs", "cocaine", "heroin", "meth",
   "真钱赌博", "网络赌场", "赌博网站", "赌资", "毒品", "冰毒", "海洛因"]',
 'BLOCK', 'Game text must not teach or promote real-money gambling or drugs.',
 '网络出版服务管理规定 Art 24-25 (catalogue GM-06)');
