// a &self getter result kept across a &mut self call
struct Doc { title: String, hits: u32 }
impl Doc {
    fn title(&self) -> &str { &self.title }
    fn hit(&mut self) { self.hits += 1; }
}
fn main() {
    let mut d = Doc { title: String::from("t"), hits: 0 };
    let t = d.title();
    d.hit();
    println!("{} {}", t, d.hits);
}
