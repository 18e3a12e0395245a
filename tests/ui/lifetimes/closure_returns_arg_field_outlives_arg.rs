// lifetimes: a closure returning a field reference of its argument is used after the argument dies
struct P { name: String }
fn main() {
    let r;
    {
        let p = P { name: "x".into() };
        let get = |q| -> &String { let q: &P = q; &q.name };
        r = get(&p);
    }
    println!("{}", r);
}
