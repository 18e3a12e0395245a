// regions: a closure parameter taken by value (`into_iter`) cannot return a borrow of its field
fn main() {
    let jobs = vec![(String::from("build"), 3), (String::from("test"), 1)];
    let names: Vec<&str> = jobs.into_iter().map(|(n, _)| n.as_str()).collect();
    println!("{:?}", names);
}
