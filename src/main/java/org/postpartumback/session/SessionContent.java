package org.postpartumback.session;

import java.util.stream.Collectors;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Loads the session's timers from the Flyway-seeded tables once, at start-up. */
@Configuration(proxyBeanMethods = false)
class SessionContent {

	@Bean
	Sessions sessions(ReliefTimerRepository reliefTimers, SideSwitchRepository sideSwitches) {
		return new Sessions(
				reliefTimers.findAll()
					.stream()
					.collect(Collectors.toMap(ReliefTimer::techniqueSlug, ReliefTimer::toTimer)),
				sideSwitches.findAll().stream().map(SideSwitch::exerciseSlug).collect(Collectors.toUnmodifiableSet()));
	}

}
