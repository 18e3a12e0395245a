// A shared `Arc<dyn Fn(&str) -> &str + Send + Sync>` called through two handles.
use std::sync::Arc;
fn main() {
    let f: Arc<dyn Fn(&str) -> &str + Send + Sync> = Arc::new(|s| s.trim());
    let g = Arc::clone(&f);
    let s = String::from(" y ");
    println!("[{}] [{}]", f(&s), g(&s));
}
