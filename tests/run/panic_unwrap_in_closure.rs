struct Tracer(&'static str);
impl Drop for Tracer { fn drop(&mut self) { println!("dropping {}", self.0); } }
fn main() {
    let _t = Tracer("main");
    let data = vec!["1", "2", "x3"];
    let parsed: Vec<i32> = data.iter().map(|s| {
        let _c = Tracer("closure");
        s.parse::<i32>().expect("bad number")
    }).collect();
    println!("{:?}", parsed);
}
