package org.postpartumback.figure;

import java.util.List;

import org.springframework.data.repository.Repository;

interface FigureRepository extends Repository<Figure, Integer> {

	List<Figure> findAllByOrderById();

}
