package org.postpartumback;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class PostpartumBackApplication {

	public static void main(String[] args) {
		SpringApplication.run(PostpartumBackApplication.class, args);
	}

}
