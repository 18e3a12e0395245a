// moving a field out from behind `&mut` without a replacement
struct Job { name: String }
fn finish(j: &mut Job) -> String {
    let name = j.name;
    name
}
fn main() {
    let mut j = Job { name: String::from("build") };
    println!("{}", finish(&mut j));
}
