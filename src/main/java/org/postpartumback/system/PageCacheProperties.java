package org.postpartumback.system;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the rendered-page cache.
 *
 * @param maxSize the most memory the cached pages (HTML and its gzip copy) may take; the least recently used pages
 * are dropped beyond it
 */
@ConfigurationProperties("site.page-cache")
record PageCacheProperties(@DefaultValue("4MB") DataSize maxSize) {

}
