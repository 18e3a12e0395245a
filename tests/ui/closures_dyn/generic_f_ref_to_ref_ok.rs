// `F: Fn(&T) -> &U` as a generic bound: the result of `f(x)` lives as long as `x`.
fn project<'a, T, U, F: Fn(&T) -> &U>(x: &'a T, f: F) -> &'a U {
    f(x)
}
struct Pair { left: String, right: String }
fn main() {
    let p = Pair { left: "l".to_string(), right: "r".to_string() };
    let l = project(&p, |p| &p.left);
    let r = project(&p, |p| &p.right);
    println!("{} {}", l, r);
}
