package org.postpartumback.browser;

import com.microsoft.playwright.Browser;

/** The two screens the guide is checked on: a phone held upright at night, and a laptop. */
enum Device {

	PHONE(390, 844, true), DESKTOP(1280, 800, false);

	private final int width;

	private final int height;

	private final boolean mobile;

	Device(int width, int height, boolean mobile) {
		this.width = width;
		this.height = height;
		this.mobile = mobile;
	}

	Browser.NewContextOptions contextOptions() {
		return new Browser.NewContextOptions().setViewportSize(width, height)
			.setIsMobile(mobile)
			.setHasTouch(mobile)
			.setDeviceScaleFactor(mobile ? 2 : 1)
			.setLocale("en-US");
	}

}
