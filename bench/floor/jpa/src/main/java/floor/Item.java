package floor;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Item {
	@Id Long id;
	String name;
	public String getName() { return name; }
}
