package org.postpartumback.figure;

import java.util.List;

import org.springframework.data.repository.Repository;

interface FigurePoseRepository extends Repository<FigurePose, Integer> {

	List<FigurePose> findAllByOrderByFigureIdAscPositionAsc();

}
