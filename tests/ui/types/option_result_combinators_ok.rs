#[derive(Debug, Clone, PartialEq)]
struct User {
    id: u32,
    email: Option<String>,
}

fn find(users: &[User], id: u32) -> Option<&User> {
    users.iter().find(|u| u.id == id)
}

fn domain(u: &User) -> Option<&str> {
    u.email.as_deref().and_then(|e| e.split('@').nth(1))
}

fn parse_pair(s: &str) -> Result<(i32, i32), String> {
    let (a, b) = s.split_once(',').ok_or_else(|| format!("no comma in {:?}", s))?;
    let a = a.trim().parse::<i32>().map_err(|e| e.to_string())?;
    let b = b.trim().parse::<i32>().map_err(|e| format!("second: {}", e))?;
    Ok((a, b))
}

fn main() {
    let users = vec![
        User { id: 1, email: Some("a@x.org".to_string()) },
        User { id: 2, email: None },
    ];
    println!("{:?}", find(&users, 1).and_then(domain));
    println!("{:?}", find(&users, 2).and_then(domain));
    println!("{:?}", find(&users, 3).map(|u| u.id).unwrap_or(0));
    let e = find(&users, 2).and_then(|u| u.email.clone()).unwrap_or_else(|| "none".to_string());
    println!("{}", e);
    let mut o = Some(3);
    if let Some(x) = o.as_mut() {
        *x += 1;
    }
    let t = o.take();
    println!("{:?} {:?}", o, t);
    let old = o.replace(9);
    println!("{:?} {:?}", old, o);
    println!("{:?}", o.filter(|&x| x > 5).xor(None));
    println!("{:?}", Some(1).zip(Some("a")));
    println!("{:?}", o.ok_or("missing"));
    println!("{:?}", Some(4).map_or_else(|| -1, |v| v * 3));
    println!("{}", o.is_some() && o.unwrap() == 9);
    println!("{:?}", o.get_or_insert(5));
    let words = ["3", "x", "5"];
    let nums: Vec<i32> = words.iter().flat_map(|w| w.parse().ok()).collect();
    println!("{:?}", nums);
    println!("{:?} {:?}", parse_pair("1, 2"), parse_pair("12"));
    println!("{:?}", parse_pair("1,b"));
    let r: Result<i32, String> = Ok(2);
    println!("{:?}", r.as_ref().map(|v| v * 2));
    println!("{:?}", r.clone().and_then(|v| if v > 1 { Err(format!("{} too big", v)) } else { Ok(v) }));
    println!("{:?}", r.clone().ok());
    println!("{}", r.clone().unwrap_or_else(|e| e.len() as i32));
    println!("{:?}", r.iter().next());
    let v: Vec<Result<i32, String>> = vec![Ok(1), Err("bad".into()), Ok(3)];
    let (oks, errs): (Vec<_>, Vec<_>) = v.into_iter().partition(|r| r.is_ok());
    let oks: Vec<i32> = oks.into_iter().map(Result::unwrap).collect();
    let errs: Vec<String> = errs.into_iter().filter_map(|r| r.err()).collect();
    println!("{:?} {:?}", oks, errs);
    let names = vec![Some("a"), None, Some("c")];
    let present: Vec<&str> = names.iter().flatten().copied().collect();
    println!("{:?}", present);
    let total: Option<i32> = [Some(1), Some(2)].iter().copied().sum();
    println!("{:?}", total);
    let maybe_len = users.first().map(|u| u.email.as_ref().map(|s| s.len()));
    println!("{:?}", maybe_len);
    let opt_ref: Option<&User> = users.get(1);
    let cloned: Option<User> = opt_ref.cloned();
    println!("{:?}", cloned.map(|u| u.id == 2));
    let default_email = users[1].email.clone().unwrap_or_default();
    println!("{:?}", default_email);
}
