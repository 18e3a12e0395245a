// lifetime extension through tuples, struct literals, indexing and field access
struct W<'a> { s: &'a String }
fn main() {
    let t = (&String::from("x"), 1);
    let w = W { s: &String::from("y") };
    let sl: &str = &String::from("hello")[1..3];
    let f = &(String::from("z"), 2).0;
    println!("{} {} {} {} {}", t.0, t.1, w.s, sl, f);
}
