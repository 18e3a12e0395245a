// `&` in a let initializer's struct literal field extends the temporary
struct W<'a> { s: &'a String }
fn main() {
    let w = W { s: &String::from("extended") };
    let t = (&vec![1, 2], 3);
    println!("{} {:?}", w.s, t);
}
