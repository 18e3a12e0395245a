// Calls through `Box<dyn Fn>`, `&dyn Fn`, `Box<dyn FnMut>` and a boxed closure field:
// each is `Fn*::call*(receiver, (args,))` with the arguments as one tuple.
struct Rule {
    name: &'static str,
    check: Box<dyn Fn(&str, usize) -> bool>,
}

fn apply(f: &dyn Fn(&String) -> usize, s: &String) -> usize {
    f(s) + 1
}

fn main() {
    let add: Box<dyn Fn(i32, i32) -> i32> = Box::new(|a, b| a + b);
    let unit: Box<dyn Fn()> = Box::new(|| println!("unit"));
    let mut count = 0;
    let mut bump: Box<dyn FnMut(i32)> = Box::new(|n| count += n);
    bump(2);
    bump(3);
    drop(bump);
    unit();
    let s = String::from("hello");
    let len = apply(&|t: &String| t.len(), &s);
    let rule = Rule { name: "short", check: Box::new(|w, max| w.len() <= max) };
    let words = vec![s.clone(), String::from("x")];
    let first: &dyn Fn(usize) -> usize = &|i| words[i].len();
    let once: Box<dyn FnOnce(String) -> String> = Box::new(|mut t| {
        t.push('!');
        t
    });
    println!("{} {} {} {} {}", add(1, 2), count, len, rule.name, (rule.check)(&s, 5));
    println!("{} {}", first(1), once(s));
}
