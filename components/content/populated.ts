// The helpers are plain functions of data, used by lib/seo as well as by components; they live in lib/content.
export { populated, populatedOne } from '@/lib/content/populated'
