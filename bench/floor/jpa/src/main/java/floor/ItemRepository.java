package floor;

import java.util.List;
import org.springframework.data.repository.Repository;

interface ItemRepository extends Repository<Item, Long> {
	List<Item> findAll();
}
