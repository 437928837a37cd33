package org.reelwright.domain;

/** Camera movement of a shot; complex moves are hard for AI-only generation (rule A8). */
public enum CameraMovement implements CodedEnum {
    STATIC, PAN_TILT, HANDHELD, DOLLY_TRACK, CRANE_DRONE, COMPLEX;

    @Override
    public String id() {
        return CodedEnum.idOf(this);
    }

    public static CameraMovement fromId(String id) {
        return CodedEnum.parse(CameraMovement.class, id, "cameraMovement");
    }
}
