// structs: changing a field of a struct bound without mut
struct Window {
    title: String,
    width: u32,
}

fn main() {
    let w = Window { title: String::from("main"), width: 640 };
    println!("{} {}", w.title, w.width);
    w.width = 800;
    println!("{}", w.width);
}
