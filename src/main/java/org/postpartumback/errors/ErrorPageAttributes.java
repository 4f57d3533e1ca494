package org.postpartumback.errors;

import java.util.Map;

import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.WebRequest;

/** Spring Boot's error attributes, plus the reason of a {@link BadRequestException} for the error page to show. */
@Component
class ErrorPageAttributes extends DefaultErrorAttributes {

	@Override
	public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
		Map<String, Object> attributes = super.getErrorAttributes(request, options);
		if (getError(request) instanceof BadRequestException reason) {
			attributes.put("reasonKey", reason.reasonKey());
			attributes.put("reasonArgument", reason.reasonArgument());
		}
		return attributes;
	}

}
