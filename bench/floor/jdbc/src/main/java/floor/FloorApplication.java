package floor;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@SpringBootApplication
public class FloorApplication {
	public static void main(String[] args) { SpringApplication.run(FloorApplication.class, args); }

	@Controller
	static class Page {
		@GetMapping("/")
		String page(Model model) { model.addAttribute("title", "Floor"); return "page"; }
	}
}
