/**
 * Vendor payloads for tests, copied verbatim (as raw JSON text) from the APIMart contract
 * (shared/api/apimart-kling-o1.md, section in each comment). Ones marked SYNTH are not in the contract
 * verbatim; they are built from its prose so every documented variant has a sample.
 */

// §3.4 example request bodies
export const REQUEST_BODIES = [
  `{ "model": "kling-video-o1", "prompt": "City skyline at golden hour, cinematic", "mode": "pro", "duration": 5, "aspect_ratio": "16:9" }`,
  `{ "model": "kling-video-o1", "prompt": "Make the person in <<<image_1>>> wave at the camera", "image_urls": ["https://example.com/p.webp"], "mode": "std", "duration": 5, "aspect_ratio": "16:9" }`,
  `{ "model": "kling-video-o1", "prompt": "The character in <<<image_1>>> walks into the scene of <<<image_2>>>", "image_urls": ["https://example.com/character.jpg", "https://example.com/scene.jpg"], "mode": "pro", "duration": 5 }`,
  `{ "model": "kling-video-o1", "prompt": "Slowly turns head and smiles", "image_urls": ["https://example.com/p.jpg"], "mode": "std", "duration": 5 }`,
  `{ "model": "kling-video-o1", "prompt": "Replace the background with a beach at sunset", "video_list": [ { "video_url": "https://example.com/src.mp4", "refer_type": "base", "keep_original_sound": "yes" } ] }`,
  `{ "model": "kling-video-o1", "prompt": "The person in <<<image_1>>> copies the moves in the video", "image_urls": ["https://example.com/first.jpg"], "video_list": [ { "video_url": "https://example.com/dance.mp4", "refer_type": "feature", "keep_original_sound": "no" } ], "mode": "std", "duration": 5 }`,
] as const;

// §3.5 submit responses
export const SUBMIT_CLASSIC = `{ "code": 200, "data": [ { "status": "submitted", "task_id": "task_01KBS40K78KGHZ9SDBWQSGSXRK" } ] }`;
export const SUBMIT_VERSIONED = `{ "data": { "object": "generation.task", "id": "task_...", "status": "submitted" }, "request_id": "req_..." }`;
export const SUBMIT_202 = `{"code":202,"data":{"id":"recovered-task"}}`;

// §4.3 task status
export const TASK_PENDING = `{ "code": 200, "data": { "id": "task_01KX0000000000000000000000", "status": "pending", "progress": 0, "created": 1765000891, "estimated_time": 600 } }`;
export const TASK_PROCESSING = `{ "code": 200, "data": { "id": "task_01KBS40K78KGHZ9SDBWQSGSXRK", "status": "processing", "progress": 91, "created": 1765000891, "estimated_time": 600 } }`;
export const TASK_COMPLETED = `{ "code": 200, "data": {
  "id": "task_01K9S419324DREZFBWNSVXYR6H", "status": "completed", "progress": 100,
  "cost": 0.56, "credits_cost": 5.6,
  "result": {
    "thumbnail_url": "https://upload.apimart.ai/f/image/...-thumbnail_task_01K9S419324DREZFBWNSVXYR6H.jpg",
    "videos": [ { "url": ["https://upload.apimart.ai/f/video/...-video_task_01K9S419324DREZFBWNSVXYR6H.mp4"], "expires_at": 1762940095 } ]
  },
  "created": 1762853430, "completed": 1762853695, "estimated_time": 600, "actual_time": 265 } }`;
export const TASK_FAILED_INT_CODE = `{ "code": 200, "data": { "id": "task_...", "status": "failed", "progress": 100, "created": 1781589029, "completed": 1781589050,
  "error": { "code": 500, "message": "...", "type": "..." } } }`;
export const TASK_FAILED_WEBHOOK = `{ "id": "task_...", "status": "failed", "progress": 100, "created": 1781589029, "completed": 1781589050, "error": { "message": "...", "code": "" } }`;
export const TASK_FAILED_ERROR_FRAGMENT = `{ "error": { "message": "...", "type": "task_failed", "param": "", "code": "task_failed" } }`;
export const TASK_CANCELLED = `{ "code": 200, "data": { "id": "task_...", "status": "cancelled", "progress": 0, "created": 1765000891 } }`;

// SYNTH (§11 Q5): older CN page with url as a plain string, and the stray object form; no thumbnail.
export const TASK_COMPLETED_URL_STRING = `{ "code": 200, "data": { "id": "task-unified-1757156493-imcg5zqt", "status": "completed", "progress": 100, "result": { "videos": [ { "url": "https://upload.apimart.ai/f/video/a-video.mp4", "expires_at": 1757242893 } ] }, "created": 1757156493, "completed": 1757156493 } }`;
export const TASK_COMPLETED_URL_OBJECT = `{ "code": 200, "data": { "id": "task_obj", "status": "completed", "progress": 100, "result": { "videos": [ { "url": { "url": "https://upload.apimart.ai/f/video/b-video.mp4", "duration": 5, "width": 1280, "height": 720 } } ] }, "created": 1762853430 } }`;
// SYNTH (§11 Q9): statuses outside the task page's list; the second is purely hypothetical.
export const TASK_IN_PROGRESS = `{ "code": 200, "data": { "id": "task_ip", "status": "in_progress", "progress": 40, "created": 1765000891 } }`;
export const TASK_WEIRD_STATE = `{ "code": 200, "data": { "id": "task_weird", "status": "weird_new_state", "created": 1765000891 } }`;

// §6 error bodies
export const ERROR_DOCUMENTED_400 = `{"error":{"code":400,"message":"duration must be the integer 5 or 10","type":"invalid_request_error"}}`; // SYNTH from the §6 template
export const ERROR_GATEWAY = `{ "error": { "code": "", "message": "invalid API key (request id: 20260919...)", "param": "", "type": "apimart_error" } }`;
export const ERROR_NO_KEY = `{"error":{"message":"API key is required ...","type":"apimart_error"}}`;

// §5 upload
export const UPLOAD_OK = `{ "url": "https://upload.apimart.ai/f/image/9990000123456-a1b2c3d4-photo.jpg", "filename": "photo.jpg", "content_type": "image/jpeg", "bytes": 235680, "created_at": 1743436800 }`;
export const UPLOAD_400_MISSING = `{"error":{"message":"missing or invalid file field: http: no such file","type":"invalid_request_error"}}`;
export const UPLOAD_400_TYPE = `{"error":{"message":"unsupported image type: application/pdf, allowed: jpeg, png, gif, webp","type":"invalid_request_error"}}`;
export const UPLOAD_413 = `{"error":{"message":"file size 25165824 exceeds maximum 20971520 bytes","type":"invalid_request_error"}}`;
export const UPLOAD_429 = `{"error":{"code":429,"message":"Rate limit exceeded. Please try again later","type":"rate_limit_error"}}`;
export const UPLOAD_500 = `{"error":{"message":"failed to upload image","type":"server_error"}}`;
