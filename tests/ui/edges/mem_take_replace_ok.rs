// taking a value out from behind `&mut` with mem::take / mem::replace / Option::take
struct Job { name: String, out: Option<Vec<i32>> }
fn finish(j: &mut Job) -> (String, Vec<i32>) {
    let name = std::mem::take(&mut j.name);
    let out = j.out.take().unwrap_or_default();
    let _old = std::mem::replace(&mut j.name, String::from("done"));
    (name, out)
}
fn main() {
    let mut j = Job { name: String::from("build"), out: Some(vec![1]) };
    println!("{:?} {}", finish(&mut j), j.name);
}
