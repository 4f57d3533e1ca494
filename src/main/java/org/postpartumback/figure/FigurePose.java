package org.postpartumback.figure;

import org.postpartumback.language.Translator;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;

/**
 * One position of a figure as stored: the hips' place and every bone's angle in degrees (0 pointing down, 90 forward,
 * 180 up), bones pointing out of the picture with their tilt, and the props.
 */
@Entity
class FigurePose {

	@Id
	private Integer id;

	private int figureId;

	private int position;

	private int step;

	private String caption;

	@Column(name = "hip_x")
	private double hipX;

	@Column(name = "hip_y")
	private double hipY;

	private double lowerBack;

	private double upperBack;

	private double neck;

	private double head;

	private double nearUpperArm;

	private double nearForearm;

	private double nearHand;

	private double farUpperArm;

	private double farForearm;

	private double farHand;

	private double nearThigh;

	private double nearShin;

	private double nearFoot;

	private double farThigh;

	private double farShin;

	private double farFoot;

	/** This position's own view, where it differs from its figure's (a strip of small figures); null otherwise. */
	@Enumerated(EnumType.STRING)
	@Column(name = "pose_view")
	private View poseView;

	private double twist;

	/** In a three-quarter view: the picture's offset from the spine to the near shoulder and hip joints. */
	private Double nearShoulderDx;

	private Double nearShoulderDy;

	private Double nearHipDx;

	private Double nearHipDy;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "figure_tilt", joinColumns = @JoinColumn(name = "pose_id"))
	@Fetch(FetchMode.SUBSELECT)
	private List<Tilt> tilts = new ArrayList<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "figure_prop", joinColumns = @JoinColumn(name = "pose_id"))
	@OrderBy("position")
	@Fetch(FetchMode.SUBSELECT)
	private List<PropRow> props = new ArrayList<>();

	protected FigurePose() {
	}

	int figureId() {
		return figureId;
	}

	int position() {
		return position;
	}

	int step() {
		return step;
	}

	Pose toPose(View figureView, Translator t) {
		View view = poseView == null ? figureView : poseView;
		Map<Segment, Double> angles = new EnumMap<>(Segment.class);
		angles.put(Segment.LOWER_BACK, lowerBack);
		angles.put(Segment.UPPER_BACK, upperBack);
		angles.put(Segment.NECK, neck);
		angles.put(Segment.HEAD, head);
		angles.put(Segment.NEAR_UPPER_ARM, nearUpperArm);
		angles.put(Segment.NEAR_FOREARM, nearForearm);
		angles.put(Segment.NEAR_HAND, nearHand);
		angles.put(Segment.FAR_UPPER_ARM, farUpperArm);
		angles.put(Segment.FAR_FOREARM, farForearm);
		angles.put(Segment.FAR_HAND, farHand);
		angles.put(Segment.NEAR_THIGH, nearThigh);
		angles.put(Segment.NEAR_SHIN, nearShin);
		angles.put(Segment.NEAR_FOOT, nearFoot);
		angles.put(Segment.FAR_THIGH, farThigh);
		angles.put(Segment.FAR_SHIN, farShin);
		angles.put(Segment.FAR_FOOT, farFoot);
		Map<Segment, Double> tiltBySegment = new EnumMap<>(Segment.class);
		for (Tilt tilt : tilts) {
			tiltBySegment.put(Segment.valueOf(tilt.segment), tilt.degrees);
		}
		return new Pose(step, t.row("figure_pose", id).text("caption", caption), view, new Point(hipX, hipY), angles, tiltBySegment, twist,
				props.stream().map(PropRow::toProp).toList(),
				nearShoulderDx == null ? null : new Point(nearShoulderDx, nearShoulderDy),
				nearHipDx == null ? null : new Point(nearHipDx, nearHipDy));
	}

	/** A bone that points out of the picture's plane, by {@code degrees}, and so shows shorter. */
	@Embeddable
	static class Tilt {

		private String segment;

		private double degrees;

		protected Tilt() {
		}

	}

	@Embeddable
	static class PropRow {

		private int position;

		@Enumerated(EnumType.STRING)
		private Prop.Kind kind;

		private double x;

		private double y;

		private double size;

		@Column(name = "angle")
		private double angle;

		protected PropRow() {
		}

		Prop toProp() {
			return new Prop(kind, x, y, size, angle);
		}

	}

}
