package org.postpartumback.session;

import java.util.Set;
import java.util.List;
import org.postpartumback.language.Translations;
import org.postpartumback.language.Languages;
import org.postpartumback.language.Localized;
import java.util.stream.Collectors;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Loads the session's timers from the Flyway-seeded tables once, at start-up. */
@Configuration(proxyBeanMethods = false)
class SessionContent {

	@Bean
	Localized<Sessions> sessions(ReliefTimerRepository reliefTimers, SideSwitchRepository sideSwitches,
			Languages languages, Translations translations) {
		List<ReliefTimer> timers = reliefTimers.findAll();
		Set<String> oneSided = sideSwitches.findAll()
			.stream()
			.map(SideSwitch::exerciseSlug)
			.collect(Collectors.toUnmodifiableSet());
		return Localized.build(languages, translations, t -> new Sessions(
				timers.stream().collect(Collectors.toMap(ReliefTimer::techniqueSlug, timer -> timer.toTimer(t))),
				oneSided));
	}

}
