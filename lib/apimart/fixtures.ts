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

// Captured verbatim from the simulator (simulator/, `PUT /__sim/variants` and faults), one per variant it plays.
export const SIM_COMPLETED_URL_STRING_THUMB = `{"code":200,"data":{"id":"task_01M8SV1245XPZ54B47M62VJ5YB","status":"completed","progress":100,"cost":0.448,"credits_cost":4.48,"result":{"thumbnail_url":"http://127.0.0.1:42135/f/image/1796163537035526-b1fd050e-7a6de919-adf5-4186-84aa-b13d66b96feb-thumbnail_task_01M8SV1245XPZ54B47M62VJ5YB.jpg","videos":[{"url":"http://127.0.0.1:42135/f/video/1796163537035526-b1fd050e-7a6de919-adf5-4186-84aa-b13d66b96feb-video_task_01M8SV1245XPZ54B47M62VJ5YB.mp4","expires_at":1796249938}]},"created":1796163537,"completed":1796163538,"estimated_time":1,"actual_time":1}}`;
export const SIM_COMPLETED_URL_OBJECT_THUMB = `{"code":200,"data":{"id":"task_01M8SV13NVD8F2FD7MBVP4P2AX","status":"completed","progress":100,"cost":0.448,"credits_cost":4.48,"result":{"thumbnail_url":"http://127.0.0.1:42135/f/image/1796163538619459-a3ddfe3f-9f08fc8c-8fe3-4165-a6a8-54d35ee70bf0-thumbnail_task_01M8SV13NVD8F2FD7MBVP4P2AX.jpg","videos":[{"url":{"url":"http://127.0.0.1:42135/f/video/1796163538619459-a3ddfe3f-9f08fc8c-8fe3-4165-a6a8-54d35ee70bf0-video_task_01M8SV13NVD8F2FD7MBVP4P2AX.mp4","duration":5,"width":1920,"height":1080},"expires_at":1796249939}]},"created":1796163538,"completed":1796163539,"estimated_time":1,"actual_time":1}}`;
export const SIM_SUBMITTED = `{"code":200,"data":{"id":"task_01M8SV14VTQDWT6TMDMV1Z84VR","status":"submitted","progress":0,"created":1796163539,"estimated_time":100}}`;
export const SIM_CANCELLED = `{"code":200,"data":{"id":"task_01M8SV14VTQDWT6TMDMV1Z84VR","status":"cancelled","progress":0,"created":1796163539,"estimated_time":100}}`;
export const SIM_FAILED_BARE_STRING = `{"code":200,"data":{"id":"task_01M8SV15FPSCE41MQBNQPGR40J","status":"failed","progress":100,"error":"Image pixel is invalid","created":1796163540,"completed":1796163541,"estimated_time":1,"actual_time":1}}`;
export const SIM_FAILED_IMAGE_COUNT = `{"code":200,"data":{"id":"task_01M8SV16HK5E83W1NT9F445JA1","status":"failed","progress":100,"error":{"code":400,"message":"image_urls accepts at most 2 images","type":"invalid_request_error","param":"image_urls"},"created":1796163541,"completed":1796163542,"estimated_time":1,"actual_time":1}}`;
export const SIM_TASK_NOT_FOUND_400 = `{"error":{"code":400,"message":"task does not exist or has expired","type":"invalid_request_error","param":"task_id"}}`;
export const SIM_SUBMIT_IMAGE_COUNT = `{"error":{"code":400,"message":"image_urls accepts at most 2 images","type":"invalid_request_error","param":"image_urls"}}`;
export const SIM_FAULT_403 = `{"error":{"code":403,"message":"this API key is not allowed to use model kling-video-o1 or to call from this IP address","type":"permission_error"}}`; // HTTP 403
export const SIM_FAULT_502 = `{"error":{"code":502,"message":"bad gateway","type":"bad_gateway"}}`; // HTTP 502
export const SIM_FAULT_503 = `{"error":{"code":503,"message":"service temporarily unavailable","type":"service_unavailable"}}`; // HTTP 503
export const SIM_FAULT_BUILD_REQUEST_FAILED = `{"error":{"code":500,"message":"build_request_failed: invalid parameter image_urls for model kling-video-o1","type":"server_error"}}`; // HTTP 500
export const SIM_FAULT_IDEMPOTENCY_IN_PROGRESS = `{"error":{"code":"idempotency_in_progress","message":"a request with this Idempotency-Key is still being processed","type":"invalid_request_error"}}`; // HTTP 409
export const SIM_FAULT_IDEMPOTENCY_KEY_REUSED = `{"error":{"code":"idempotency_key_reused","message":"Idempotency-Key was already used with a different request body","type":"invalid_request_error"}}`; // HTTP 409
export const SIM_FAULT_IDEMPOTENCY_RESULT_INDETERMINATE = `{"error":{"code":"idempotency_result_indeterminate","message":"the result of the request with this Idempotency-Key could not be determined","type":"invalid_request_error"}}`; // HTTP 409
export const SIM_FAULT_IDEMPOTENCY_UNAVAILABLE = `{"error":{"code":"idempotency_unavailable","message":"idempotency service unavailable; the request was not executed","type":"invalid_request_error"}}`; // HTTP 503
export const SIM_POLL_429 = `{"error":{"code":429,"message":"Rate limit exceeded. Please try again later","type":"rate_limit_error"}}`; // with Retry-After: 7
export const SIM_BALANCE = `{"success":true,"remain_balance":99.104,"remain_credits":991.04,"used_balance":0.896,"used_credits":8.96,"unlimited_quota":false}`;
export const SIM_BALANCE_UNLIMITED = `{"success":true,"remain_balance":-1,"remain_credits":-1,"used_balance":0.896,"used_credits":8.96,"unlimited_quota":true}`;
export const SIM_BALANCE_FAILED = `{"success":false,"message":"failed to query balance"}`;

// §12 balance answers. SYNTH from the documented field list (no verbatim example exists): numeric strings and
// the {code,data} envelope are what other APIMart endpoints do, so the schema takes them too.
export const BALANCE_DOCUMENTED = `{ "success": true, "remain_balance": 12.5, "remain_credits": 125, "used_balance": 3.36, "used_credits": 33.6, "unlimited_quota": false }`;
export const BALANCE_STRINGS_IN_ENVELOPE = `{ "code": 200, "data": { "success": "true", "remain_balance": "7.25", "remain_credits": "72.5", "used_balance": "0", "used_credits": "0", "unlimited_quota": 0 } }`;
export const BALANCE_UNLIMITED_FLAG_ONLY = `{ "success": true, "remain_balance": -1, "unlimited_quota": true }`;
export const BALANCE_FAILED_ERROR_OBJECT = `{ "success": false, "error": { "message": "invalid token (request id: 2026092100001)", "type": "apimart_error" } }`;
