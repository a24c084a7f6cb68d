package org.aigc.games.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Memory of NPC dialogue sessions. */
@ConfigMapping(prefix = "games.dialogue")
public interface DialogueConfig {

    /** How many of the latest turns of a session go into the prompt (env {@code GAMES_DIALOGUE_MEMORY_TURNS}). */
    @WithDefault("6")
    int memoryTurns();
}
