import { defineConfig } from 'guidekit';

export default defineConfig({
  title: 'The Product Management Guide',
  description: 'A practical guide to product management, from core concepts and team roles to roadmaps, metrics, analytics, and lean practice.',
  siteUrl: 'https://guides.example.com/pm/',
  defaultAuthor: 'marcus-ellery',
});
