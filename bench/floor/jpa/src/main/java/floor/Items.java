package floor;

import java.util.List;
import org.springframework.stereotype.Component;

@Component
class Items {
	final List<String> names;
	Items(ItemRepository repository) { names = repository.findAll().stream().map(Item::getName).toList(); }
}
